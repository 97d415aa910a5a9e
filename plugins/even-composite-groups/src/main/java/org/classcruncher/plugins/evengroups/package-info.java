/** An example balancing rule plugin: even grade groups in composite classes of the same grades. */
package org.classcruncher.plugins.evengroups;
