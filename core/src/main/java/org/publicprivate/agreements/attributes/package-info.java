/**
 * The attributes of each model type, declared once: name, whether required, the format version
 * that introduced it, and canonical order. Readers and writers of every format, the JSON Schema
 * and paths in reports use these declarations.
 */
package org.publicprivate.agreements.attributes;
