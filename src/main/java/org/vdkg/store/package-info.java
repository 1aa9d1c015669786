/** The database on disk: its directories during an atomic swap, its build stamp (with the release label), the hash of its content, where its text index lives, opening it without a server (a read-only one through a private copy), and the file that says which server serves it. */
package org.vdkg.store;
