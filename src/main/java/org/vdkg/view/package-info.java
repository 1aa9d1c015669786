/** Served views: the interactive actor network ({@code /graph}), timeline ({@code /timeline}) and map ({@code /map}), and their JSON. */
package org.vdkg.view;
