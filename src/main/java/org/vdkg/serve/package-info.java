/**
 * Serve: the embedded Fuseki server assembled from the same assembler file the stock Fuseki server accepts, with the
 * site's features and guards as Fuseki modules, gzip on every answer a client accepts compressed, a readiness check
 * for a load balancer and a graceful stop.
 */
package org.vdkg.serve;
