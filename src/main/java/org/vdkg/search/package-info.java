/** Search: {@code /search} over the name index that the build writes, and the OpenRefine reconciliation service at {@code /reconcile}. */
package org.vdkg.search;
