/**
 * Reads a project's data/ folder (and the gazetteer records) into fact records, reporting YAML syntax and the shape of
 * the files; each claim is read once, its keys through their value kinds ({@code ClaimReader}).
 */
package org.vdkg.read;
