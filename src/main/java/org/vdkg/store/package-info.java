/** Store: reads a built TDB2 database without a server (queries and exports). */
package org.vdkg.store;
