/** YAML read into a tree that keeps the file, line and column of every value, with hostile input refused (strict UTF-8, nesting and alias limits). */
package org.vdkg.yaml;
