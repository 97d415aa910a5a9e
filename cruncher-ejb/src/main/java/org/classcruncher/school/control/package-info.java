/** The store of school inputs' versions. */
package org.classcruncher.school.control;
