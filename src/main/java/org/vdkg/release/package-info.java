/**
 * Versioned releases of the database under {@code run/releases/<version>/}: gzip-compressed dumps, a VoID/DCAT
 * description of the release, an RDF Patch from the previous release and a changelog of the claims in words; and the
 * archive that lists them for the server. A release is written once and never overwritten.
 */
package org.vdkg.release;
