/** Maps the validated fact records to RDF named graphs, keeping the curated position of every IRI it mints. */
package org.vdkg.map;
