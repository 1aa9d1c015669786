/** Maps validated fact records to RDF named graphs: one small mapper per claim kind. */
package org.vdkg.map;
