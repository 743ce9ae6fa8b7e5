# lesson-editor
