/** Reads curated YAML into fact records that keep the file, line and column of every value. */
package org.vdkg.read;
