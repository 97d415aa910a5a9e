/** Example class-size rules of several jurisdictions, as {@link org.classcruncher.spi.ClassSizePolicy} plugins. */
package org.classcruncher.plugins.jurisdictions;
