/** The vocabularies: the vdkg ontology's terms mirroring ontology/vdkg.ttl, the concept schemes and entity types, the outside terms Jena lacks (PROV, WGS84 geo), and the IRI scheme that mints and takes apart vdkg's IRIs. */
package org.vdkg.vocab;
