/** Search: the Lucene name index that the build writes, {@code /search} over it, and the OpenRefine reconciliation service at {@code /reconcile}. */
package org.vdkg.search;
