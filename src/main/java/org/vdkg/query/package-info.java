/** The saved query catalogue ({@code queries/*.rq}), running a query against the local database or over HTTP against the server that holds it, and result tables. */
package org.vdkg.query;
