/** The vdkg ontology's terms as Java constants, mirroring ontology/vdkg.ttl. */
package org.vdkg.vocab;
