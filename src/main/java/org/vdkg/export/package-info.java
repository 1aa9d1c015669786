/**
 * Exports of the database as standard RDF (all named graphs, or their union), and two views of it in TriG of their own:
 * the RDF 1.2 reifiers naming the claims behind each shortcut triple, and one nanopublication per claim.
 */
package org.vdkg.export;
