/**
 * {@code ExportFormat}, the one registry of {@code vdkg export --format} values (key, media type, file extension,
 * writer), and the exports of the database as standard RDF (all named graphs, or their union).
 */
package org.vdkg.export;
