/**
 * `GET {api}`: what the startup banner points people at ("REST API: …/api/") must answer. A
 * browser gets a short page linking the OpenAPI document and naming the resources; anything else
 * the same as JSON. Links are relative (the Host header is never reflected, docs/security.md).
 */
const RESOURCES: ReadonlyArray<readonly [string, string]> = [
  ['power-items', '权力清单事项'],
  ['disclosure/documents', '政府信息公开目录'],
  ['disclosure/categories', '公开目录分类'],
  ['disclosure/guide', '政府信息公开指南'],
  ['disclosure/requests', '依申请公开（提交与查询）'],
  ['mailbox/letters', '市长信箱来信'],
  ['mailbox/stats', '来信统计'],
  ['agencies', '机关名录'],
  ['staff/', '工作人员接口（须登录或令牌）'],
];

export function apiIndexJson() {
  return {
    name: 'Gongkai REST API',
    openapi: 'openapi.json',
    resources: RESOURCES.map(([path, title]) => ({ path, title })),
  };
}

export function apiIndexHtml(): string {
  const items = RESOURCES.map(([path, title]) => `<li><code>${path}</code> — ${title}</li>`).join('\n      ');
  return `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Gongkai REST API</title></head>
  <body>
    <main>
      <h1>Gongkai REST API</h1>
      <p>接口说明（OpenAPI 3.1）：<a href="openapi.json">openapi.json</a></p>
      <h2>资源</h2>
      <ul>
      ${items}
      </ul>
    </main>
  </body>
</html>
`;
}
