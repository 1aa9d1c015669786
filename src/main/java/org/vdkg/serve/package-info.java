/** Serve: the embedded Fuseki server assembled from the same assembler file the stock Fuseki server accepts, with the site's features and guards as Fuseki modules. */
package org.vdkg.serve;
