/** The saved query catalogue ({@code queries/*.rq}), running a query against the local database, and result tables. */
package org.vdkg.query;
