# Measures how much the DCGAN's samples vary with z (PyTorch peer of the DL4J model); see ../collapse-notes.md.
# Usage: OPENBLAS_NUM_THREADS=1 /usr/bin/python3 zstd_torch.py LR_D {base|featbn} STEPS SEED
import gzip, sys, numpy as np, torch
from torch import nn
import os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'bench'))
import dcgan_torch as M
R=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src/main/resources/dev/zatta/gan/data/mnist-10k/')
img=np.frombuffer(gzip.open(R+'images-idx3-ubyte.gz').read()[16:],np.uint8).reshape(-1,1,28,28)
lab=np.frombuffer(gzip.open(R+'labels-idx1-ubyte.gz').read()[8:],np.uint8)
X=torch.tensor(img[lab==0]/255.0*2-1,dtype=torch.float32)
torch.set_num_threads(1); torch.manual_seed(int(sys.argv[4]) if len(sys.argv)>4 else 1)
g,d=M.generator(),M.discriminator(logits=1)
V=sys.argv[2] if len(sys.argv)>2 else 'base'
if V=='featbn':
    g=nn.Sequential(nn.Linear(100,4608),nn.BatchNorm1d(4608),nn.ReLU(),nn.Unflatten(1,(512,3,3)),*list(g)[4:])

for m in list(g.modules())+list(d.modules()):
    if isinstance(m,(nn.Linear,nn.Conv2d,nn.ConvTranspose2d)):
        nn.init.normal_(m.weight,0,0.02); nn.init.zeros_(m.bias)
lrd=float(sys.argv[1]) if len(sys.argv)>1 else 2e-4
og=torch.optim.Adam(g.parameters(),lr=2e-4,betas=(0.5,0.999)); od=torch.optim.Adam(d.parameters(),lr=lrd,betas=(0.5,0.999))
bce=nn.BCEWithLogitsLoss()
fz=torch.rand(64,100)*2-1
def zstd(x): return x.reshape(64,-1).std(0).mean().item()
n=64
print('real data z-std', zstd(X[torch.randperm(len(X))[:64]]))
for s in range(int(sys.argv[3]) if len(sys.argv)>3 else 151):
    if s%50==0:
        g.train(); a=fz
        with torch.no_grad():
            h=g[:2](fz) if V=='base' else g[:4](fz); hs=[]
            for i in range(2 if V=='base' else 4,len(g)): h=g[i](h); hs.append(zstd(h))
            tr=zstd(h); g.eval(); inf=zstd(g(fz)); g.train()
        print(f'step {s}: train {tr:.4f} inf {inf:.4f} per-layer', ' '.join(f'{v:.3g}' for v in hs), flush=True)
    real=X[torch.randint(len(X),(n,))]; z=torch.rand(n,100)*2-1
    fake=g(z); od.zero_grad()
    ld=bce(d(real),torch.ones(n,1))+bce(d(fake.detach()),torch.zeros(n,1)); ld.backward(); od.step()
    og.zero_grad(); out=d(fake); lg=bce(out,torch.ones(n,1)); lg.backward(); og.step()
    if s%50==0: print(f'   lossD {ld.item():.3f} lossG {lg.item():.3f} dFake {torch.sigmoid(out).mean().item():.3f}')
