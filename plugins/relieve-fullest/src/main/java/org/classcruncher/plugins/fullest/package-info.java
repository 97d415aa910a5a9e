/** An example weighting plugin that reorders the objective: the fullest class against its own cap is relieved first. */
package org.classcruncher.plugins.fullest;
