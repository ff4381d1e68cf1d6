import type { Plugin } from 'vite';

/**
 * clipper2-wasm's Emscripten bindings make each call's wrapper with `new Function` (embind's
 * createJsInvoker), and each JavaScript method C++ calls on a value (emval's method caller, used
 * when a path is assigned from a typed array) too, which the planner's Content-Security-Policy
 * forbids (no 'unsafe-eval'; README). This build step swaps both for closures, as Emscripten
 * itself builds them when compiled without dynamic execution: the same wiring of arguments,
 * destructors and the return value, with no code made from text. The build fails if the function is not found as expected
 * (another clipper2-wasm version), rather than ship a page that breaks under the policy.
 */
const EMVAL = 'var invokerFunction=new Function(Object.keys(captures),functionBody)(...Object.values(captures));';
/** emval's method caller, as a closure: call, construct, cast or call a method, as `kind` says. */
const EMVAL_WITHOUT_EVAL = `var invokerFunction=function(handle,methodName,destructorsRef,args){
  var values=argFromPtr.map((read,i)=>read(args+i*GenericWireTypeSize));
  var result;
  switch(kind){
    case 0:result=Emval.toValue(handle)(...values);break;
    case 2:result=new(Emval.toValue(handle))(...values);break;
    case 3:result=values[values.length-1];break;
    case 1:{var target=Emval.toValue(handle);result=target[getStringOrSymbol(methodName)](...values);break}
  }
  if(!retType.isVoid)return emval_returnValue(toReturnWire,destructorsRef,result);
};`;

const START = 'function createJsInvoker(argTypes,isClassMethodFunc,returns,isAsync){';
const END = 'return new Function(args1,invokerFnBody)}';

const WITHOUT_EVAL = `function createJsInvoker(argTypes,isClassMethodFunc,returns,isAsync){
  var needsDestructorStack=usesDestructorStack(argTypes);
  var argCount=argTypes.length-2;
  var destroyed=[];
  if(!needsDestructorStack){for(var i=isClassMethodFunc?1:2;i<argTypes.length;++i){if(argTypes[i].destructorFunction!==null)destroyed.push(i)}}
  return function(humanName,throwBindingError,invoker,fn,runDestructors,fromRetWire,toClassParamWire,...rest){
    var toArgWire=rest.slice(0,argCount);
    var destructorOf=rest.slice(argCount);
    return function(...args){
      var destructors=needsDestructorStack?[]:null;
      var wired=[fn];
      var thisWired;
      if(isClassMethodFunc){thisWired=toClassParamWire(destructors,this);wired.push(thisWired)}
      for(var i=0;i<argCount;++i)wired.push(toArgWire[i](destructors,args[i]));
      var rv=invoker(...wired);
      if(needsDestructorStack)runDestructors(destructors);
      else for(var k=0;k<destroyed.length;++k){var p=destroyed[k];destructorOf[k](p===1?thisWired:wired[(isClassMethodFunc?2:1)+p-2])}
      if(returns)return fromRetWire(rv);
    };
  };
}`;

export function clipperWithoutEval(): Plugin {
  return {
    name: 'cordon-clipper-without-eval',
    transform(code, id) {
      if (!/clipper2-wasm[\\/]dist[\\/].*clipper2z\.js$/.test(id.split('?')[0])) return undefined;
      const start = code.indexOf(START);
      const end = code.indexOf(END, start);
      const emval = code.indexOf(EMVAL);
      if (start === -1 || end === -1 || code.indexOf(START, start + 1) !== -1 || emval === -1 || emval < end)
        this.error('clipper2-wasm: embind createJsInvoker not found as expected; see scripts/clipper-without-eval.ts');
      return {
        code:
          code.slice(0, start) +
          WITHOUT_EVAL +
          code.slice(end + END.length, emval) +
          EMVAL_WITHOUT_EVAL +
          code.slice(emval + EMVAL.length),
        map: null,
      };
    },
  };
}
