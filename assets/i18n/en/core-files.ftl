# core-files
