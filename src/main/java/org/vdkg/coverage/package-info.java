/** Reports which content paragraphs of each source carry claims, and which names no claim takes up. */
package org.vdkg.coverage;
