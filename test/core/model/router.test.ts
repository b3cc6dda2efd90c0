import { describe, expect, it } from 'vitest';
import { BudgetExceededError, ExternalServiceError, ModelBehaviourError } from '../../../src/core/errors.js';
import { ModelRouter, type FallbackEvent } from '../../../src/core/model/router.js';
import { scriptedModelClient, type ScriptedClientStep } from '../../support/scripted-model-client.js';

const route = { model: 'strong', fallbacks: ['medium', 'small'] };
const ask = { model: 'ignored', messages: [{ role: 'user' as const, content: 'hi' }] };

function routerWith(stepsByModel: Record<string, ScriptedClientStep[]>, events: FallbackEvent[] = []) {
  const clients = Object.fromEntries(Object.entries(stepsByModel).map(([model, steps]) => [model, scriptedModelClient(steps)]));
  const router = new ModelRouter({ route, clientFor: (model) => clients[model] ?? scriptedModelClient([]), onFallback: (event) => events.push(event) });
  return { router, clients };
}

const unavailable = (model: string) => new ExternalServiceError(`${model} answered 404`, { service: 'model', retryable: false, status: 404 });

describe('ModelRouter', () => {
  it('answers with the main model when it succeeds', async () => {
    const { router } = routerWith({ strong: [{ content: 'ok' }] });
    const result = await router.run((client, model) => client.complete({ ...ask, model }));
    expect(result).toMatchObject({ model: 'strong', fallbackIndex: 0, failures: [] });
    expect(result.value.model).toBe('strong');
  });

  it('moves to the next model on an endpoint error and reports which one answered', async () => {
    const events: FallbackEvent[] = [];
    const { router } = routerWith({ strong: [{ throws: unavailable('strong') }], medium: [{ content: 'ok' }] }, events);
    const result = await router.run((client, model) => client.complete({ ...ask, model }));
    expect(result).toMatchObject({ model: 'medium', fallbackIndex: 1 });
    expect(result.failures.map((failure) => failure.model)).toEqual(['strong']);
    expect(events.map(({ from, to }) => [from, to])).toEqual([['strong', 'medium']]);
  });

  it('moves on when the output stayed invalid, and combines the failures when every model fails', async () => {
    const invalid = new ModelBehaviourError('does not follow the schema\n✖ detail', { issues: [{ code: 'x' }] });
    const { router } = routerWith({ strong: [{ throws: invalid }], medium: [{ throws: unavailable('medium') }], small: [{ throws: invalid }] });
    const error = await router.run((client, model) => client.complete({ ...ask, model })).catch((caught: unknown) => caught);
    expect(ModelBehaviourError.isInstance(error)).toBe(true);
    expect((error as ModelBehaviourError).message).toBe(
      'Every model of the route failed (3): strong: does not follow the schema; medium: medium answered 404; small: does not follow the schema',
    );
    expect((error as ModelBehaviourError).issues).toEqual([{ code: 'x' }]);
  });

  it('does not move on for refused credentials, budgets or bugs', async () => {
    const refused = new ExternalServiceError('401', { service: 'model', retryable: false, status: 401 });
    const budget = new BudgetExceededError('out', { budget: 'tokens', scope: 'stage', limit: 1, used: 2 });
    for (const thrown of [refused, budget, new TypeError('bug')]) {
      const { router, clients } = routerWith({ strong: [{ throws: thrown }], medium: [{ content: 'never' }] });
      await expect(router.run((client, model) => client.complete({ ...ask, model }))).rejects.toBe(thrown);
      expect(clients['medium']!.calls).toHaveLength(0);
    }
  });

  it('as a client, routes each call and ignores the requested model', async () => {
    const { router, clients } = routerWith({ strong: [{ throws: unavailable('strong') }, { content: 'second' }], medium: [{ content: 'first' }] });
    const client = router.asClient();
    expect((await client.complete(ask)).model).toBe('medium');
    expect((await client.complete(ask)).content).toBe('second');
    expect(clients['strong']!.calls.map((call) => call.request.model)).toEqual(['strong', 'strong']);
  });

  it('tries each model once even when the fallbacks repeat it', () => {
    expect(new ModelRouter({ route: { model: 'a', fallbacks: ['b', 'a', 'b'] }, clientFor: () => scriptedModelClient([]) }).models).toEqual(['a', 'b']);
  });
});
