/** Serve: the embedded Fuseki server, built from the same assembler file the stock Fuseki server accepts. */
package org.vdkg.serve;
