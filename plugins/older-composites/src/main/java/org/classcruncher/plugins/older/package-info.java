/** An example weighting plugin: composites among older grades, not 3-grade ones. */
package org.classcruncher.plugins.older;
