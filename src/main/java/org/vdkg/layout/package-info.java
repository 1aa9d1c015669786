/** Where a project keeps its files (every default path) and the fingerprint of its curated inputs. */
package org.vdkg.layout;
