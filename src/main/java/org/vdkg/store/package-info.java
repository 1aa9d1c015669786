/** The database on disk: its directories during an atomic swap, its build stamp, where its text index lives, and opening it without a server. */
package org.vdkg.store;
