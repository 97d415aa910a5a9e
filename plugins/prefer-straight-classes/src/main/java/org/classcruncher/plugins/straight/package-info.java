/** An example policy plugin: an objective weighting that prefers straight classes to composites. */
package org.classcruncher.plugins.straight;
