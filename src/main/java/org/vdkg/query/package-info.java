/** The saved query catalogue ({@code queries/*.rq}), query execution over the union of all graphs, and result tables. */
package org.vdkg.query;
