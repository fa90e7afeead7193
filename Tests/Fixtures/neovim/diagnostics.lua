-- Opens a note in Neovim (0.7 or later) with `rapport lsp` attached, waits for its diagnostics,
-- applies the first quick fix, waits for the diagnostics to clear, and writes what it saw.
--
-- nvim --headless --clean -u NONE -c "luafile diagnostics.lua"
-- Environment: RAPPORT_BIN (the rapport binary), RAPPORT_NOTEBOOK (the notebook folder),
-- RAPPORT_NOTE (the note to open), RAPPORT_OUT (the file to write).
local rapport = os.getenv("RAPPORT_BIN")
local notebook = os.getenv("RAPPORT_NOTEBOOK")
local out = os.getenv("RAPPORT_OUT")
local seen = {}

local function finish(status)
  table.insert(seen, "status " .. status)
  vim.fn.writefile(seen, out)
  vim.cmd("qa!")
end

local function describe(diagnostic)
  return string.format("%d:%d-%d:%d %s %s", diagnostic.lnum, diagnostic.col, diagnostic.end_lnum,
    diagnostic.end_col, diagnostic.code or "?", diagnostic.message)
end

vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("RAPPORT_NOTE")))
local buffer = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({ name = "rapport", cmd = { rapport, "lsp" }, root_dir = notebook })
if not client then return finish("no client") end
vim.lsp.buf_attach_client(buffer, client)

if not vim.wait(60000, function() return #vim.diagnostic.get(buffer) > 0 end, 50) then
  return finish("no diagnostics")
end
for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
  table.insert(seen, "diagnostic " .. describe(diagnostic))
end

-- The quick fix for the first problem, applied as the editor would.
local first = vim.diagnostic.get(buffer)[1]
local params = {
  textDocument = { uri = vim.uri_from_bufnr(buffer) },
  range = { start = { line = first.lnum, character = first.col },
            ["end"] = { line = first.lnum, character = first.col } },
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buffer, first.lnum) },
}
local answers = vim.lsp.buf_request_sync(buffer, "textDocument/codeAction", params, 30000) or {}
local answer = answers[client] and answers[client].result or {}
if #answer == 0 then return finish("no code action") end
table.insert(seen, "action " .. answer[1].title)
vim.lsp.util.apply_workspace_edit(answer[1].edit, "utf-16")
table.insert(seen, "line " .. vim.api.nvim_buf_get_lines(buffer, first.lnum, first.lnum + 1, false)[1])

if not vim.wait(60000, function() return #vim.diagnostic.get(buffer) == 0 end, 50) then
  return finish("diagnostics stayed")
end
table.insert(seen, "cleared")
vim.lsp.stop_client(client)
finish("ok")
