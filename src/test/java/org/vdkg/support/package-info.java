/** Test support: temporary project copies, an HTTP client and an in-process CLI runner. */
package org.vdkg.support;
