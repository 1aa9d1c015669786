/** The vocabularies: the vdkg ontology's terms mirroring ontology/vdkg.ttl, the concept schemes and entity types, and the IRI scheme that mints and takes apart vdkg's IRIs. */
package org.vdkg.vocab;
