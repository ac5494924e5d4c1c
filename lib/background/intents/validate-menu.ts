/** The confirm window's payloads: one pending action's id, nothing else. */
import { type IntentRequest, MENU_ACTION_ID } from '../../messaging';
import { check, isBoundedString, isPlainObject } from './validate-basic';

function actionId(data: unknown): { id: string } {
  check(isPlainObject(data), 'data');
  const { id } = data;
  check(isBoundedString(id, 36, MENU_ACTION_ID), 'id');
  return { id };
}

export const MENU_VALIDATORS = {
  menuAction: (data: unknown): IntentRequest<'menuAction'> => actionId(data),
  menuConfirm: (data: unknown): IntentRequest<'menuConfirm'> => actionId(data),
  menuCancel: (data: unknown): IntentRequest<'menuCancel'> => actionId(data),
};
