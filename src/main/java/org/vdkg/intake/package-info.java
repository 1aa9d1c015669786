/**
 * Curation tools for adding an article: {@code new-source} (the source record and a claims file of paragraph headers),
 * {@code suggest} (names, numbers and candidate entities per paragraph, optionally as proposals), {@code accept}
 * (a proposal into the claims file) and the spreadsheet round trip ({@code export-csv}, {@code import-csv}). Every
 * change is validated with the real validator on a trial copy before a file is written.
 */
package org.vdkg.intake;
