/**
 * Maps the validated fact records to RDF named graphs, keeping the curated position of every IRI it mints; claim
 * values map themselves through {@code MappingContext}, their ValueMapping.
 */
package org.vdkg.map;
