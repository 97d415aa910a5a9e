/**
 * A school's inputs kept between solves: what the plan form opens with, what "change and re-plan" starts from.
 */
package org.classcruncher.school.boundary;
