import { looksLikeUnit, looksLikePersonName } from './plan/units';
for (const t of ['新区','街道','高新区','园区','本级','市本级','试行','代管','筹','张三','李四','王小明','欧阳','国资委','司法','农口','财务','人社','城投','交投','团委','妇联','工会','残联','统计','乡镇','社区','村','镇街','各镇','直属','驻地','监察','法院','银行']) console.log(t, looksLikeUnit(t), looksLikePersonName(t));
