/**
 * Serve: the embedded Fuseki server assembled from the same assembler file the stock Fuseki server accepts, with the
 * site's features and guards as Fuseki modules, and gzip on every answer a client accepts compressed.
 */
package org.vdkg.serve;
