/** Served views: the interactive actor network ({@code /graph}) and timeline ({@code /timeline}), and their JSON. */
package org.vdkg.view;
