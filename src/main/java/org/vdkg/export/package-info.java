/**
 * Exports of the database as standard RDF (all named graphs, or their union), and the push of every named graph into
 * another SPARQL 1.1 store by the Graph Store Protocol ({@code vdkg push}).
 */
package org.vdkg.export;
