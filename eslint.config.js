// Lint rules. The engine is platform-neutral: it never reaches the Actions toolkit, the process
// environment or the console, so the CLI and the action stay thin adapters over one engine.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@actions/*"], message: "engine/ never imports the Actions toolkit" }] },
      ],
      "no-restricted-globals": [
        "error",
        { name: "process", message: "engine/ takes its inputs as parameters, not from process" },
        { name: "console", message: "engine/ reports through a logger parameter, not the console" },
      ],
      "no-console": "error",
    },
  },
);
