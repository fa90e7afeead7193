public enum DefaultTemplates {}
