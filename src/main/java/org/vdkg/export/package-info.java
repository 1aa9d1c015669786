/** Exports of the database as standard RDF (all named graphs, or their union). */
package org.vdkg.export;
