/** Tests of the ontology, its SHACL shapes, its derivation rules and the documentation generated from it. */
package org.vdkg.ontology;
