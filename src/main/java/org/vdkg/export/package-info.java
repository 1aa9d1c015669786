/**
 * {@code ExportFormat}, the one registry of {@code vdkg export --format} values (key, media type, file name, writer);
 * the exports of the database as standard RDF (all named graphs, or their union) and two views of it in TriG of their
 * own (the RDF 1.2 reifiers naming the claims behind each shortcut triple, and one nanopublication per claim); and the
 * push of every named graph into another SPARQL 1.1 store by the Graph Store Protocol ({@code vdkg push}).
 */
package org.vdkg.export;
