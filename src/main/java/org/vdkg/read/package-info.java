/** Reads a project's data/ folder (and the gazetteer records) into fact records, reporting YAML syntax and the shape of the files. */
package org.vdkg.read;
